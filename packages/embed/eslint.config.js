import react from "@rebound/eslint-config/react";

export default react;
