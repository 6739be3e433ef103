import base from "@rebound/eslint-config/base";

// consumer/ is type-checked inside the temporary project the test builds, against the tarballs.
export default [...base, { ignores: ["consumer/**"] }];
