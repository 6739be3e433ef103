import { describe, expect, it } from "vitest";
import { mailtoLink, recipientEmails } from "./mailto-link";
import { draftsTestDebrief } from "./test-draft";

describe("mailtoLink", () => {
  it("encodes every reserved character and turns line breaks into CRLF", () => {
    const href = mailtoLink({
      to: ["a+b@x.example", "c@y.example"],
      subject: "Hi & bye?",
      body: "Line 1\nLine #2 = 100%",
    });
    expect(href).toBe(
      "mailto:a%2Bb%40x.example,c%40y.example?subject=Hi%20%26%20bye%3F&body=Line%201%0D%0ALine%20%232%20%3D%20100%25",
    );
    const url = new URL(href);
    expect(url.searchParams.get("subject")).toBe("Hi & bye?");
    expect(url.searchParams.get("body")).toBe("Line 1\r\nLine #2 = 100%");
  });

  it("leaves the subject out when the message has none", () => {
    expect(mailtoLink({ to: [], subject: null, body: "x" })).toBe("mailto:?body=x");
  });

  it("addresses only interviewers marked as recipients whose email is known", () => {
    const debrief = draftsTestDebrief();
    debrief.interviewers.push(
      { name: "Sam Lee", recipient: true },
      { name: "Jo Park", email: "jo@x.example", recipient: false },
    );
    expect(recipientEmails(debrief)).toEqual(["marie.okafor@harbour.example"]);
  });
});
