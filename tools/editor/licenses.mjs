// Prints the licence notice of every npm package that esbuild's metafile says went into the bundle.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";

const meta = JSON.parse(readFileSync(process.argv[2], "utf8"));
const packages = new Set();
for (const input of Object.keys(meta.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match) packages.add(match[1]);
}
const out = ["Etalon's editor.js bundles these packages, each under the licence below.", ""];
for (const name of [...packages].sort()) {
  const dir = join("node_modules", name);
  const info = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  out.push("=".repeat(72), `${name} ${info.version} (${info.license})`, "=".repeat(72));
  out.push(file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), "utf8").trim() : `License: ${info.license}`, "");
}
process.stdout.write(out.join("\n") + "\n");
