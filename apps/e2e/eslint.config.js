import base from "@rebound/eslint-config/base";

export default base;
