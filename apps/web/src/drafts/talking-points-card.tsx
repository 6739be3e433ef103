import type { JSX } from "react";

/** Phone talking points as a card to glance at during the call: one point per line. */
export function TalkingPointsCard({ text }: { text: string }): JSX.Element {
  const points = text
    .split(/\n+/)
    .map((line) => line.replace(/^\s*[-*•]\s*/, "").trim())
    .filter((line) => line !== "");
  return (
    <section className="rb-talking-points" aria-label="Talking points for the call">
      <h3>On the call</h3>
      <ol>
        {points.map((point, index) => (
          <li key={index}>{point}</li>
        ))}
      </ol>
    </section>
  );
}
