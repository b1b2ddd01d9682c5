/** How a command's failure is reported on standard error (exit code 1). */
export function failureMessage(error: unknown): string {
  return `verso: ${error instanceof Error ? error.message : String(error)}\n`;
}
