// Tokens and base styles first, so each screen's own CSS can build on them.
import "./styles/tokens.css";
import "./styles/base.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { InterviewsProvider } from "./state/interviews";

const root = document.getElementById("root");
if (!root) throw new Error("Rebound could not find its #root element.");

createRoot(root).render(
  <StrictMode>
    <InterviewsProvider>
      <App />
    </InterviewsProvider>
  </StrictMode>,
);
