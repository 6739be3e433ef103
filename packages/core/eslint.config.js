import core from "@rebound/eslint-config/core";

export default core;
