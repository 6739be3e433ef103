/**
 * Everyday words that start sentences or sign-offs. A capitalised word from this list is never
 * taken for a misspelt name ("Dan" is not misspelt as "Can").
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about after again all also am an and any anything are as at be because before being best but
  by can could dear did do does during each even every for from further given good great had has
  have having hello her here hers hi him his hope how however i if in into is it its just keep
  kind kindly let like looking many may me might more most much my no not now of on once one only
  or our out over please regards same see she should since sincerely so some still such than thank
  thanks that the their them then there these they this those though through thus to too two under
  until up us very was we well were what whatever when where whether which while who whom why will
  wish with within without would yes yet you your yours warm warmly wishes open close add say ask
  make be end offer close mention keep confirm listen thinking looking since i'd i'll i'm i've`
    .split(/\s+/)
    .filter(Boolean),
);
