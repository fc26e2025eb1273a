// What a JSON Schema (draft 2020-12, the parts etalon-v1.schema.json uses) allows at a YAML path:
// the property names of the mapping there and the values of a scalar there.

function resolve(root, node, seen = new Set()) {
  if (!node || typeof node !== "object") return [];
  if (node.$ref) {
    if (seen.has(node.$ref) || !node.$ref.startsWith("#/")) return [];
    seen.add(node.$ref);
    let target = root;
    for (const part of node.$ref.slice(2).split("/")) {
      target = target && target[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    const { $ref, ...rest } = node; // a $ref's siblings (its description) apply too
    return [...resolve(root, target, seen), ...(Object.keys(rest).length ? [rest] : [])];
  }
  const out = [node];
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    for (const part of node[key] || []) out.push(...resolve(root, part, seen));
  }
  if (node.then) out.push(...resolve(root, node.then, seen));
  return out;
}

/** The schemas that hold at `path` (keys, and "[]" for an item of a sequence); empty if none. */
export function schemasAt(root, path) {
  let nodes = resolve(root, root);
  for (const segment of path) {
    const next = [];
    for (const node of nodes) {
      if (segment === "[]") {
        if (node.items) next.push(...resolve(root, node.items));
      } else if (node.properties && segment in node.properties) {
        next.push(...resolve(root, node.properties[segment]));
      } else if (node.additionalProperties && typeof node.additionalProperties === "object") {
        next.push(...resolve(root, node.additionalProperties));
      }
    }
    nodes = next;
    if (!nodes.length) break;
  }
  return nodes;
}

/** Property names allowed at path: [{name, description, required}], in the schema's order. */
export function keysAt(root, path) {
  const keys = new Map();
  for (const node of schemasAt(root, path)) {
    const required = new Set(node.required || []);
    for (const [name, property] of Object.entries(node.properties || {})) {
      if (!keys.has(name)) {
        const description = resolve(root, property).map((s) => s.description).find(Boolean);
        keys.set(name, { name, description, required: required.has(name) });
      } else if (required.has(name)) {
        keys.get(name).required = true;
      }
    }
  }
  return [...keys.values()];
}

/** Scalar values the schema names at path (enum, const, booleans): [{value, description}]. */
export function valuesAt(root, path) {
  const values = new Map();
  for (const node of schemasAt(root, path)) {
    const named = [...(node.enum || []), ...("const" in node ? [node.const] : []), ...(node.examples || [])];
    const types = [].concat(node.type || []);
    if (types.includes("boolean") && types.length === 1) named.push(true, false);
    for (const value of named) {
      if (value !== null && typeof value !== "object" && !values.has(String(value))) {
        values.set(String(value), { value: String(value), description: node.description });
      }
    }
  }
  return [...values.values()];
}
