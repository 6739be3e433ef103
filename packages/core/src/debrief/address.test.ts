import { describe, expect, it } from "vitest";
import { firstName, formalAddress, suggestedAddress, surname, warmName } from "./address.js";

describe("addressing an interviewer (ADVICE.md: address people as a letter would)", () => {
  it.each([
    { name: "José Álvarez", honorific: "Ms", address: "Ms Álvarez", first: "José" },
    { name: "Dr. Priya Natarajan", honorific: undefined, address: "Dr. Natarajan", first: "Priya" },
    { name: "Priya Natarajan", honorific: "Dr", address: "Dr Natarajan", first: "Priya" },
    {
      name: "Anne-Sophie de la Tour d'Auvergne-Lauraguais",
      honorific: "Mme",
      address: "Mme de la Tour d'Auvergne-Lauraguais",
      first: "Anne-Sophie",
    },
    { name: "Pieter van der Berg", honorific: "Mx", address: "Mx van der Berg", first: "Pieter" },
    { name: "Ng", honorific: "Prof", address: "Prof Ng", first: "Ng" },
  ])(
    "$name with $honorific: formally $address, warmly $first",
    ({ name, honorific, address, first }) => {
      expect(suggestedAddress({ name, honorific })).toBe(address);
      expect(firstName(name)).toBe(first);
    },
  );

  it("never guesses a gender: without an honorific the full name is suggested as given", () => {
    expect(suggestedAddress({ name: "Marie Dubois" })).toBe("Marie Dubois");
    expect(suggestedAddress({ name: "  Siobhán O'Neill " })).toBe("Siobhán O'Neill");
  });

  it("reads a family name written first from the address the person chose", () => {
    expect(warmName({ name: "Lim Mei Ling", address: "Ms Lim" })).toBe("Mei Ling");
    expect(warmName({ name: "Lim Mei Ling" })).toBe("Lim");
    expect(warmName({ name: "José Álvarez", address: "Ms Álvarez" })).toBe("José");
  });

  it("keeps the address the person chose over any suggestion", () => {
    expect(formalAddress({ name: "Li Wei", honorific: "Ms", address: "Ms Li" })).toBe("Ms Li");
    expect(formalAddress({ name: "Li Wei", honorific: "Ms", address: "  " })).toBe("Ms Wei");
  });

  it("reads a particle only after the first name, and a lone honorific as a name", () => {
    expect(surname("Van Morrison")).toBe("Morrison");
    expect(firstName("Dr")).toBe("Dr");
    expect(suggestedAddress({ name: "Dr" })).toBe("Dr");
  });
});
