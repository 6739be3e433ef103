// pnpm hooks (https://pnpm.io/pnpmfile).

/**
 * The API serves only the prebuilt, self-contained browser bundle of Scalar's reference
 * renderer (dist/browser/standalone.js); its ~250 Vue-side dependencies are never loaded here.
 */
function readPackage(pkg) {
  if (pkg.name === "@scalar/api-reference") pkg.dependencies = {};
  return pkg;
}

/**
 * What a published tarball's package.json keeps: no devDependencies (they name private
 * workspace packages such as @rebound/eslint-config) and no scripts (they run repository tools).
 */
function beforePacking(pkg) {
  delete pkg.devDependencies;
  delete pkg.scripts;
  return pkg;
}

module.exports = { hooks: { readPackage, beforePacking } };
