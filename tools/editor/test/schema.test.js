import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { keysAt, valuesAt } from "../src/schema.js";

const schema = JSON.parse(readFileSync(new URL("../../../standards/schema/etalon-v1.schema.json", import.meta.url), "utf8"));

test("the top mapping's keys, the required ones marked", () => {
  const keys = keysAt(schema, []);
  assert.ok(keys.find((k) => k.name === "scoring").required);
  assert.equal(keys.find((k) => k.name === "ranking").required, false);
});

test("an indicator's keys through items and $ref", () => {
  const names = keysAt(schema, ["areas", "[]", "indicators", "[]"]).map((k) => k.name);
  for (const name of ["id", "method", "name", "provenance", "target", "better", "unit", "source"]) assert.ok(names.includes(name), name);
});

test("the languages of a name, and none under a scalar", () => {
  assert.deepEqual(keysAt(schema, ["groups", "[]", "name"]).map((k) => k.name), ["en", "ru", "kk"]);
  assert.deepEqual(keysAt(schema, ["year"]), []);
});

test("enum and const values", () => {
  assert.deepEqual(valuesAt(schema, ["areas", "[]", "indicators", "[]", "better"]).map((v) => v.value), ["higher", "lower"]);
  assert.ok(valuesAt(schema, ["scoring", "rounding", "mode"]).map((v) => v.value).includes("half_even"));
  assert.deepEqual(valuesAt(schema, ["schema"]).map((v) => v.value), ["etalon/v1"]);
  assert.deepEqual(valuesAt(schema, ["scoring", "factors", "K1"]), []);
});
