/**
 * One Node story: package.json `engines`, `.nvmrc`, the README and the installed dependency tree
 * must agree about which Node versions the project runs on.
 */
import * as fs from "fs";
import * as path from "path";
import * as semver from "semver";

const ROOT = path.resolve(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  engines: { node: string };
};
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};
const SUPPORTED = pkg.engines.node;

/** Every locked package that states the Node versions it runs on. */
function lockedEngines(): { name: string; node: string }[] {
  return Object.entries(lock.packages)
    .filter(([key]) => key !== "")
    .flatMap(([key, entry]) => {
      const engines = entry.engines;
      const node = engines && !Array.isArray(engines) ? engines.node : undefined;
      return node ? [{ name: key.replace(/^.*node_modules\//, ""), node }] : [];
    });
}

test("engines is exactly the Node lines every locked dependency accepts", () => {
  expect(SUPPORTED).toBe("^20.19.0 || ^22.13.0 || >=24");
  const refused = lockedEngines().filter((dependency) => !semver.subset(SUPPORTED, dependency.node));
  expect(refused).toEqual([]);
});

test("engines is no wider than it must be: a looser range is refused by some dependency", () => {
  const looser = lockedEngines().filter((dependency) => !semver.subset(">=20.0.0", dependency.node));
  expect(looser.map((dependency) => dependency.name)).toContain("eslint-visitor-keys");
});

test("the Node running the tests is a supported one", () => {
  expect(semver.satisfies(process.versions.node, SUPPORTED)).toBe(true);
});

test(".nvmrc names a supported LTS line", () => {
  const wanted = fs.readFileSync(path.join(ROOT, ".nvmrc"), "utf8").trim();
  expect(wanted).toBe("24");
  expect(semver.satisfies(`${wanted}.0.0`, SUPPORTED)).toBe(true);
});

test("the README states the same range and the .npmrc makes npm enforce it", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  expect(readme).toContain(`\`${SUPPORTED}\``);
  expect(fs.readFileSync(path.join(ROOT, ".npmrc"), "utf8")).toMatch(/^engine-strict=true$/m);
});
