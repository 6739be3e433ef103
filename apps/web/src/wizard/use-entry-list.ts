import {
  type FieldArrayPath,
  type FieldValues,
  get,
  useFieldArray,
  type UseFormReturn,
} from "react-hook-form";

const messageOf = (node: unknown): string | undefined => {
  const message: unknown = get(node, "message");
  return typeof message === "string" && message ? message : undefined;
};

/**
 * A list of entries in a step's form (slip-ups, follow-ups…): stable ids for `RepeatableList`,
 * add and remove, and the message about the list as a whole (too many entries), not one entry.
 */
export function useEntryList<
  Input extends FieldValues,
  Output extends FieldValues,
  Name extends FieldArrayPath<Input>,
>(form: UseFormReturn<Input, unknown, Output>, name: Name) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const listErrors: unknown = get(form.formState.errors, name);
  return {
    ids: fields.map((field) => field.id),
    append,
    remove,
    error: messageOf(get(listErrors, "root")) ?? messageOf(listErrors),
  };
}
