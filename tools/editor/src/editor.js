// Etalon's YAML editor for the standard editor page (GET /standards/{id}/edit): it turns textarea#yaml
// into a CodeMirror view and talks to the page's routes (docs/web.md). Built into
// src/main/resources/kz/etalon/web/assets/editor.js by tools/editor/build. Without this script the
// textarea and the save button still work; with it, the textarea stays the form's field.
//
// Every word it shows comes from the page (data-words-* on the textarea, data-phrases for CodeMirror's
// own), so it is in the reader's language. It tells what it did with events on the textarea:
// etalon:ready, etalon:checked {problems, errors, warnings}, etalon:previewed {ok}; and etalon:edited
// {ok} on a form.yaml-edit.

import { basicSetup } from "codemirror";
import { EditorView } from "@codemirror/view";
import { EditorState, ChangeSet } from "@codemirror/state";
import { yaml } from "@codemirror/lang-yaml";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { yamlContext } from "./yaml-path.js";
import { keysAt, valuesAt } from "./schema.js";

const CHECK_DELAY_MS = 400;

function start(textarea) {
  const form = textarea.form;
  const words = (name, fallback) => textarea.getAttribute("data-words-" + name) || fallback;
  const csrfField = form && form.querySelector("input[name=csrf]");
  const csrfMeta = document.querySelector("meta[name=csrf-token]");
  const csrf = (csrfField && csrfField.value) || (csrfMeta && csrfMeta.content) || "";
  const problemsBox = document.getElementById("problems");
  const preview = document.getElementById("preview");
  const previewData = document.getElementById("preview-data");
  const savedText = textarea.value; // a save reloads the page, so this is also the text last saved
  let leaving = false;

  const fire = (target, name, detail) => target.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));

  const post = (url, fields) => {
    const body = new URLSearchParams();
    for (const [name, value] of fields) body.append(name, value);
    return fetch(url, {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf, "X-Requested-With": "fetch", Accept: "application/json, text/html" },
    });
  };

  // --- check and preview ------------------------------------------------------------------------
  let timer = null;
  let checkSeq = 0;
  // texts sent to the server, each with the edits made since, so that an answer about it can be placed
  // in the text as it is now
  const sent = new Set();
  const track = () => {
    const doc = view.state.doc;
    const entry = { doc, changes: ChangeSet.empty(doc.length) };
    sent.add(entry);
    return entry;
  };
  let inFlight = null; // the latest check
  let lastCheckHadErrors = false;
  let previewSeq = 0;

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, CHECK_DELAY_MS);
  };

  const positionOf = (doc, problem) => {
    const number = Math.min(Math.max(problem.line, 1), doc.lines);
    const line = doc.line(number);
    if (!(problem.column > 0)) return { from: line.from, to: line.to };
    const from = Math.min(line.from + problem.column - 1, line.to);
    const word = /^[^\s,{}\[\]]+/.exec(line.text.slice(from - line.from));
    return { from, to: word ? from + word[0].length : Math.min(from + 1, line.to) };
  };

  const showProblems = (problems, checked) => {
    const diagnostics = [];
    for (const problem of problems) {
      if (!(problem.line > 0)) continue;
      const at = positionOf(checked.doc, problem);
      const from = checked.changes.mapPos(at.from, 1);
      const to = Math.max(from, checked.changes.mapPos(at.to, -1));
      diagnostics.push({ from, to, severity: problem.severity === "error" ? "error" : "warning", message: problem.message });
    }
    view.dispatch(setDiagnostics(view.state, diagnostics));
    if (problemsBox) {
      problemsBox.replaceChildren();
      if (!problems.length) {
        const none = document.createElement("p");
        none.className = "no-problems";
        none.textContent = words("no-problems", "");
        problemsBox.append(none);
      } else {
        problemsBox.append(problemList(problems, true));
      }
    }
  };

  const problemList = (problems, linked) => {
    const list = document.createElement("ul");
    list.className = "problems";
    for (const problem of problems) {
      const item = document.createElement("li");
      item.className = problem.severity === "error" ? "error" : "warning";
      if (problem.line > 0) {
        const where = document.createElement(linked ? "button" : "code");
        where.textContent = words("line", "line") + " " + problem.line + (problem.column > 0 ? ":" + problem.column : "");
        if (linked) {
          where.type = "button";
          where.className = "link";
          where.addEventListener("click", () => goToLine(problem.line, problem.column));
        }
        item.append(where, " ");
      }
      item.append(problem.message);
      list.append(item);
    }
    return list;
  };

  const goToLine = (number, column) => {
    const line = view.state.doc.line(Math.min(Math.max(number, 1), view.state.doc.lines));
    const pos = column > 0 ? Math.min(line.from + column - 1, line.to) : line.from;
    view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    view.focus();
  };

  const failed = (box, word, status) => {
    if (!box) return;
    box.replaceChildren();
    const message = document.createElement("p");
    message.className = "error-box";
    message.setAttribute("role", "alert");
    message.textContent = words(word, "") + (status ? " (" + status + ")" : "");
    box.append(message);
  };

  async function check() {
    clearTimeout(timer);
    const seq = ++checkSeq;
    const doc = view.state.doc;
    if (inFlight) sent.delete(inFlight);
    inFlight = track();
    const checked = inFlight;
    const text = doc.toString();
    let problems;
    try {
      const answer = await post(textarea.dataset.check, [["text", text]]);
      if (!answer.ok) throw new Error(String(answer.status));
      problems = (await answer.json()).problems || [];
    } catch (error) {
      if (seq === checkSeq) {
        failed(problemsBox, "check-failed", error.message);
        fire(textarea, "etalon:checked", { ok: false, problems: 0, errors: 0, warnings: 0 });
      }
      return;
    }
    if (seq !== checkSeq) return; // a later check was started: this answer is out of date
    sent.delete(checked);
    showProblems(problems, checked);
    const errors = problems.filter((p) => p.severity === "error").length;
    lastCheckHadErrors = errors > 0;
    fire(textarea, "etalon:checked", { ok: true, problems: problems.length, errors, warnings: problems.length - errors });
    if (!lastCheckHadErrors && checked.doc === view.state.doc) refreshPreview();
  }

  async function refreshPreview() {
    if (!preview || !textarea.dataset.preview) return;
    const seq = ++previewSeq;
    const doc = view.state.doc;
    preview.classList.add("busy");
    preview.setAttribute("aria-busy", "true");
    const fields = [["text", doc.toString()]];
    if (previewData) fields.push(["data", previewData.value]);
    let html;
    let ok;
    try {
      const answer = await post(textarea.dataset.preview, fields);
      ok = answer.ok;
      html = await answer.text();
      if (!ok && !/^\s*</.test(html)) throw new Error(String(answer.status));
    } catch (error) {
      if (seq === previewSeq) {
        preview.classList.remove("busy");
        preview.removeAttribute("aria-busy");
        failed(preview, "preview-failed", error.message);
        fire(textarea, "etalon:previewed", { ok: false });
      }
      return;
    }
    if (seq !== previewSeq) return; // a later preview was asked for
    preview.innerHTML = html;
    if (window.htmx) window.htmx.process(preview);
    preview.classList.remove("busy");
    preview.removeAttribute("aria-busy");
    preview.classList.toggle("stale", doc !== view.state.doc);
    fire(textarea, "etalon:previewed", { ok });
  }

  // --- completion from the JSON Schema ----------------------------------------------------------
  let schema = null;
  if (textarea.dataset.schema) {
    fetch(textarea.dataset.schema, { credentials: "same-origin" })
      .then((answer) => (answer.ok ? answer.json() : null))
      .then((loaded) => { schema = loaded; })
      .catch(() => { schema = null; });
  }
  const english = !document.documentElement.lang || document.documentElement.lang.startsWith("en");

  // values given to `key` elsewhere in the document at least twice (a method, a factor, a unit): the
  // schema cannot list those the rules define; a value given once (an id) is not suggested
  const usedValues = (doc, key) => {
    const counts = new Map();
    const pattern = new RegExp("(?:^|[\\s{,])" + key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ":[ \\t]+([^\\s,{}\\[\\]#\"']+)", "gm");
    for (const match of doc.matchAll(pattern)) counts.set(match[1], (counts.get(match[1]) || 0) + 1);
    return [...counts].filter(([, n]) => n > 1).map(([value]) => value);
  };

  const complete = (context) => {
    if (!schema) return null;
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    if (/(^|\s)#[^"']*$/.test(before)) return null; // in a comment
    const at = yamlContext(context.state.sliceDoc(0, context.pos));
    const word = context.matchBefore(/[^\s:,{}\[\]"'#]*/);
    const from = word ? word.from : context.pos;
    if (!context.explicit && from === context.pos && at.mode === "key" && at.prefix === "" && !/[{,]\s*$|-\s*$/.test(before)) {
      return null; // nothing typed yet on a fresh line: wait for a letter or Ctrl-Space
    }
    let options = [];
    if (at.mode === "key") {
      const taken = new Set(at.siblings);
      options = keysAt(schema, at.path).filter((key) => !taken.has(key.name)).map((key) => ({
        label: key.name,
        apply: key.name + ": ",
        type: "property",
        boost: key.required ? 1 : 0,
        info: english ? key.description : undefined,
      }));
    } else if (at.mode === "value") {
      const named = valuesAt(schema, at.path);
      options = named.map((v) => ({ label: v.value, type: "enum", info: english ? v.description : undefined }));
      if (!named.length && at.key && at.key !== "[]") {
        options = usedValues(context.state.doc.toString(), at.key).map((value) => ({ label: value, type: "text" }));
      }
    }
    if (!options.length) return null;
    return { from, options, validFor: /^[^\s:,{}\[\]"'#]*$/ };
  };

  // --- the view -----------------------------------------------------------------------------------
  let phrases = {};
  try {
    phrases = JSON.parse(textarea.getAttribute("data-phrases") || "{}");
  } catch (error) {
    phrases = {};
  }
  const label = textarea.getAttribute("aria-label") || (textarea.labels && textarea.labels[0] && textarea.labels[0].textContent.trim());
  const readOnly = textarea.readOnly || textarea.disabled;

  const view = new EditorView({
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        basicSetup,
        yaml(),
        lintGutter(),
        EditorState.phrases.of(phrases),
        EditorState.tabSize.of(2),
        EditorState.readOnly.of(readOnly),
        EditorView.editable.of(!readOnly),
        EditorState.languageData.of(() => [{ autocomplete: complete }]),
        EditorView.editorAttributes.of({ class: "yaml-editor" }), // CodeMirror owns the class attribute of view.dom
        EditorView.contentAttributes.of(label ? { "aria-label": label } : {}),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          for (const entry of sent) entry.changes = entry.changes.compose(update.changes);
          textarea.value = update.state.doc.toString();
          if (preview) preview.classList.add("stale");
          schedule();
        }),
      ],
    }),
  });
  textarea.parentNode.insertBefore(view.dom, textarea.nextSibling);
  // a keyboard can reach the scrolling area too (WCAG 2.1.1; axe's scrollable-region-focusable)
  view.scrollDOM.tabIndex = 0;
  if (label) view.scrollDOM.setAttribute("aria-label", label);
  textarea.hidden = true;
  textarea.classList.add("enhanced");

  // --- the forms panel ----------------------------------------------------------------------------
  // the edit's answer as one transaction (one undo step) that changes only what the edit changed, moved
  // past whatever was typed while the server answered
  const applyEdit = (entry, text) => {
    const old = entry.doc.toString();
    if (old === text) return;
    let start = 0;
    while (start < old.length && start < text.length && old[start] === text[start]) start++;
    let end = 0;
    while (end < old.length - start && end < text.length - start && old[old.length - 1 - end] === text[text.length - 1 - end]) end++;
    const edit = ChangeSet.of({ from: start, to: old.length - end, insert: text.slice(start, text.length - end) }, old.length);
    const changes = edit.map(entry.changes);
    view.dispatch({
      changes,
      selection: { anchor: changes.mapPos(entry.changes.mapPos(start, -1), -1) },
      scrollIntoView: true,
      userEvent: "input.form",
    });
  };

  document.addEventListener("submit", async (event) => {
    const editForm = event.target.closest && event.target.closest("form.yaml-edit");
    if (!editForm) return;
    event.preventDefault();
    if (editForm.classList.contains("busy")) return;
    const fields = [...new FormData(editForm)].filter(([name, value]) => typeof value === "string" && name !== "text" && name !== "action");
    const entry = track();
    fields.push(["action", editForm.dataset.action || ""], ["text", entry.doc.toString()]);
    const box = () => {
      let found = editForm.querySelector(".edit-problems");
      if (!found) {
        found = document.createElement("div");
        found.className = "edit-problems";
        found.setAttribute("role", "alert");
        editForm.append(found);
      }
      return found;
    };
    editForm.classList.add("busy");
    editForm.setAttribute("aria-busy", "true");
    try {
      const answer = await post(textarea.dataset.edit, fields);
      const body = answer.status === 200 || answer.status === 422 ? await answer.json() : null;
      if (answer.status === 200 && typeof body.text === "string") {
        const found = editForm.querySelector(".edit-problems");
        if (found) found.remove();
        applyEdit(entry, body.text);
        check();
        fire(editForm, "etalon:edited", { ok: true });
      } else if (answer.status === 422 && body && Array.isArray(body.problems)) {
        box().replaceChildren(problemList(body.problems, false));
        fire(editForm, "etalon:edited", { ok: false, problems: body.problems.length });
      } else {
        throw new Error(String(answer.status));
      }
    } catch (error) {
      failed(box(), "edit-failed", error.message);
      fire(editForm, "etalon:edited", { ok: false, problems: 0 });
    } finally {
      sent.delete(entry);
      editForm.classList.remove("busy");
      editForm.removeAttribute("aria-busy");
    }
  });

  // --- saving and leaving -------------------------------------------------------------------------
  if (form) {
    form.addEventListener("submit", () => {
      textarea.value = view.state.doc.toString();
      leaving = true;
    });
    form.addEventListener("formdata", (event) => event.formData.set(textarea.name || "text", view.state.doc.toString()));
  }
  window.addEventListener("pageshow", () => { leaving = false; });
  window.addEventListener("beforeunload", (event) => {
    if (leaving || readOnly) return;
    const unsaved = textarea.hasAttribute("data-unsaved") || view.state.doc.toString() !== savedText;
    if (unsaved) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  if (previewData) previewData.addEventListener("change", () => { if (!lastCheckHadErrors) refreshPreview(); });

  fire(textarea, "etalon:ready", {});
  if (textarea.dataset.check) check();
}

function init() {
  const textarea = document.getElementById("yaml");
  if (textarea && textarea.tagName === "TEXTAREA" && !textarea.classList.contains("enhanced")) start(textarea);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", init);
} else {
  init();
}
