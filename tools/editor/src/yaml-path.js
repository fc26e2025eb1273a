// Where the cursor is in a YAML document, worked out from the text before it: the path of keys and
// sequence items ("[]") that leads to the cursor, whether a key or a value is being typed there, what has
// been typed of it, and the keys its mapping already has. It reads indentation and flow braces only (no
// parser): the text being edited is often not valid YAML, and good enough beats perfect here.

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#{}\[\],:"'][^#:]*?)[ \t]*:(?=\s|$)/;

function unquote(key) {
  if (key.startsWith('"') || key.startsWith("'")) {
    return key.slice(1, -1);
  }
  return key.trim();
}

/** The text of a block line without its comment (a # at the start or after a blank, outside quotes). */
function withoutComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s\[{,:]/.test(line[i - 1])) quote = c;
    } else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]))) {
      return line.slice(0, i);
    }
  }
  return line;
}

/**
 * @param {string} before the document's text from its start to the cursor
 * @returns {{mode: "key"|"value"|"none", path: string[], key: string|null, prefix: string, siblings: string[]}}
 *   path leads to the mapping whose key is typed (mode key) or to the value typed (mode value, path ends with key)
 */
export function yamlContext(before) {
  const lines = before.split("\n");
  const block = []; // {col, seg, seen: Set} from the outermost: seg is a key or "[]" (an item of a sequence)
  const root = { seen: new Set() };
  let flow = []; // open flow collections: {kind: "map"|"seq", key, seen: Set}
  let token = "";
  let quote = null;

  const parentOf = () => (block.length ? block[block.length - 1] : root);
  const blockPath = () => block.map((frame) => frame.seg);
  const flowPath = (upTo) => flow.slice(0, upTo).map((frame) => (frame.kind === "seq" ? "[]" : frame.key));

  // reads flow text (inside {} or []) from position `from` of `text`; keeps the state across lines
  const scanFlow = (text, from) => {
    for (let i = from; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === quote) quote = null; else token += c;
        continue;
      }
      const top = flow[flow.length - 1];
      if (c === '"' || c === "'") {
        quote = c;
      } else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
        return;
      } else if (c === "{" || c === "[") {
        flow.push({ kind: c === "{" ? "map" : "seq", key: null, seen: new Set() });
        token = "";
      } else if (c === "}" || c === "]") {
        flow.pop();
        token = "";
        if (!flow.length) return;
      } else if (c === "," ) {
        if (top.kind === "map") top.key = null;
        token = "";
      } else if (c === ":" && top.kind === "map" && top.key === null && (i + 1 >= text.length || /[\s,\]}]/.test(text[i + 1]))) {
        top.key = token.trim();
        top.seen.add(top.key);
        token = "";
      } else {
        token += c;
      }
    }
  };

  for (let n = 0; n < lines.length; n++) {
    const last = n === lines.length - 1;
    const line = lines[n];
    if (flow.length) {
      if (token) token += " ";
      scanFlow(line, 0);
      if (last) break;
      continue;
    }
    quote = null;
    const text = last ? line : withoutComment(line);
    if (!last && text.trim() === "") continue;
    if (/^(---|\.\.\.)(\s|$)/.test(text)) { block.length = 0; continue; }
    let col = text.search(/\S/);
    if (col < 0) col = text.length;
    let rest = text.slice(col);
    // "- " items, possibly several on one line ("- - a")
    while (rest === "-" || rest.startsWith("- ")) {
      while (block.length && (block[block.length - 1].col > col || (block[block.length - 1].col === col && block[block.length - 1].seg === "[]"))) block.pop();
      block.push({ col, seg: "[]", seen: new Set() });
      const skip = rest === "-" ? 1 : 1 + rest.slice(1).search(/\S|$/);
      col += skip;
      rest = rest.slice(skip);
    }
    const key = KEY.exec(rest);
    if (key) {
      while (block.length && block[block.length - 1].col >= col) block.pop();
      const name = unquote(key[1]);
      parentOf().seen.add(name);
      const valueAt = key[0].length + rest.slice(key[0].length).search(/\S|$/);
      const value = rest.slice(valueAt);
      if (value.startsWith("{") || value.startsWith("[")) {
        block.push({ col, seg: name, seen: new Set() });
        token = "";
        scanFlow(value, 0);
        if (last) break;
        if (!flow.length) block.pop();
        continue;
      }
      if (last) {
        return { mode: "value", path: [...blockPath(), name], key: name, prefix: value.trim(), siblings: [] };
      }
      block.push({ col, seg: name, seen: new Set() });
      continue;
    }
    if (rest.startsWith("{") || rest.startsWith("[")) {
      while (block.length && block[block.length - 1].col > col) block.pop();
      token = "";
      scanFlow(rest, 0);
      if (last) break;
      continue;
    }
    if (last) {
      while (block.length && block[block.length - 1].col >= col) block.pop();
      if (/^[^\s:#{}\[\],"']*$/.test(rest)) {
        return { mode: "key", path: blockPath(), key: null, prefix: rest, siblings: [...parentOf().seen] };
      }
      return { mode: "none", path: blockPath(), key: null, prefix: "", siblings: [] };
    }
  }

  if (flow.length) {
    const top = flow[flow.length - 1];
    const prefix = token.replace(/^\s+/, "");
    const path = [...blockPath(), ...flowPath(flow.length - 1)];
    if (top.kind === "seq") {
      return { mode: "value", path: [...path, "[]"], key: "[]", prefix, siblings: [] };
    }
    if (top.key === null) {
      return { mode: "key", path, key: null, prefix, siblings: [...top.seen] };
    }
    return { mode: "value", path: [...path, top.key], key: top.key, prefix, siblings: [] };
  }
  return { mode: "none", path: blockPath(), key: null, prefix: "", siblings: [] };
}
