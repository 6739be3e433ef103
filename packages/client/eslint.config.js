import base from "@rebound/eslint-config/base";

// The generated types are openapi-typescript's output, checked for staleness instead.
export default [...base, { ignores: ["src/generated/**"] }];
