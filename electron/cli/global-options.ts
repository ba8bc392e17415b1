/**
 * The program's one option before the command that takes a value. The start reads it to tell the
 * command before the commands load; the program defines it.
 */
export const DATA_OPTION = { short: '-d', long: '--data' } as const;
