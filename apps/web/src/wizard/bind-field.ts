import type {
  FieldValues,
  Path,
  RegisterOptions,
  UseFormRegisterReturn,
  UseFormReturn,
} from "react-hook-form";
import { errorAt } from "../ui/field-errors";

export interface BoundField {
  registration: UseFormRegisterReturn;
  error: string | undefined;
}

/**
 * Names each answer once: `field("organisation.role")` gives the control both its registration
 * and the validation message found at that path.
 */
export function bindField<Input extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<Input, unknown, Output>,
) {
  const { register, formState } = form;
  return (name: Path<Input>, options?: RegisterOptions<Input, Path<Input>>): BoundField => ({
    registration: register(name, options),
    error: errorAt(formState.errors, name),
  });
}

/**
 * The same for controls that hold their own state (`NotesField`, `DateTimeField`): they take the
 * form's control and the path instead of a registration.
 */
export function bindControlledField<Input extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<Input, unknown, Output>,
) {
  const { control, formState } = form;
  return (name: Path<Input>) => ({ control, name, error: errorAt(formState.errors, name) });
}
