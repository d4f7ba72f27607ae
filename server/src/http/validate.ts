import type { FastifyInstance } from 'fastify';
import type { ZodType } from 'zod';

/** Route schemas are zod schemas: the parsed (and so trusted) value replaces the raw one. */
export function useZodValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema }) => (data: unknown) => {
    const r = (schema as ZodType).safeParse(data);
    if (r.success) return { value: r.data };
    const issue = r.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'body';
    const error = new Error(`${where}: ${issue?.message ?? 'invalid'}`);
    return { error };
  });
}
