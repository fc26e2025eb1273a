import { test } from "node:test";
import assert from "node:assert/strict";
import { yamlContext } from "../src/yaml-path.js";

const STANDARD = `schema: etalon/v1
id: kz-2019
scoring:
  scale: 100
  rounding: {mode: half_up, decimals: 0}
  bands:
    - {min: 0,  max: 20,  points: 1}
areas:
  - id: ctm
    name: {en: "City management", ru: "x"}
    indicators:
      - {id: ctm.01, method: share, unit: "%", name: {en: "Share, of it"}, provenance: paper}
`;

test("a key typed at the top names the top mapping and the keys it has", () => {
  const at = yamlContext(STANDARD + "ye");
  assert.equal(at.mode, "key");
  assert.deepEqual(at.path, []);
  assert.equal(at.prefix, "ye");
  assert.ok(at.siblings.includes("scoring") && at.siblings.includes("areas"));
});

test("a value typed after a block key names that key", () => {
  const at = yamlContext("scoring:\n  missing: ze");
  assert.deepEqual(at, { mode: "value", path: ["scoring", "missing"], key: "missing", prefix: "ze", siblings: [] });
});

test("a key inside an indented item of a sequence", () => {
  const at = yamlContext(STANDARD + "  - id: hlt\n    ind");
  assert.equal(at.mode, "key");
  assert.deepEqual(at.path, ["areas", "[]"]);
  assert.deepEqual(at.siblings, ["id"]);
});

test("a value inside a flow mapping of an item, past a quoted comma", () => {
  const at = yamlContext(STANDARD + '      - {id: ctm.02, name: {en: "a, b"}, provenance: pr');
  assert.deepEqual(at.path, ["areas", "[]", "indicators", "[]", "provenance"]);
  assert.equal(at.mode, "value");
  assert.equal(at.prefix, "pr");
});

test("a key inside a flow mapping, with the keys already there", () => {
  const at = yamlContext(STANDARD + "      - {id: ctm.02, method: share, be");
  assert.equal(at.mode, "key");
  assert.deepEqual(at.path, ["areas", "[]", "indicators", "[]"]);
  assert.equal(at.prefix, "be");
  assert.deepEqual(at.siblings, ["id", "method"]);
});

test("a nested flow mapping names its key", () => {
  const at = yamlContext("scoring:\n  rounding: {mode: ha");
  assert.deepEqual(at.path, ["scoring", "rounding", "mode"]);
  const name = yamlContext(STANDARD + "      - {id: x, name: {e");
  assert.deepEqual(name.path, ["areas", "[]", "indicators", "[]", "name"]);
  assert.equal(name.mode, "key");
});

test("a closed flow mapping on a line above does not leak into the next line", () => {
  const at = yamlContext("scoring:\n  rounding: {mode: half_up}\n  mi");
  assert.deepEqual(at.path, ["scoring"]);
  assert.equal(at.mode, "key");
  assert.ok(at.siblings.includes("rounding"));
});

test("a flow mapping over several lines", () => {
  const at = yamlContext("groups:\n  - {id: a,\n     fac");
  assert.deepEqual(at.path, ["groups", "[]"]);
  assert.equal(at.mode, "key");
  assert.equal(at.prefix, "fac");
});

test("items at the indentation of their key, and comments", () => {
  const at = yamlContext("areas: # the areas\n- id: a # first\n  indicators:\n  - id: b\n    bet");
  assert.deepEqual(at.path, ["areas", "[]", "indicators", "[]"]);
  assert.equal(at.mode, "key");
});

test("after a dash a key of the item is typed", () => {
  const at = yamlContext("areas:\n  - ");
  assert.deepEqual(at.path, ["areas", "[]"]);
  assert.equal(at.mode, "key");
  assert.equal(at.prefix, "");
});
