import base from "@rebound/eslint-config/base";

// The fixtures stand in for built web and embed assets; they are served, not linted.
export default [...base, { ignores: ["test/fixtures/**"] }];
