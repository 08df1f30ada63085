// The same 20 todos that BenchmarkApplication serves at /route/todos and /controller/todos,
// serialized on every request as Spring MVC does, so the three bodies are byte-identical.

type Todo = { id: number; text: string; done: boolean };

const todos: Todo[] = Array.from({ length: 20 }, (_, index) => {
	const id = index + 1;
	return { id, text: `Todo number ${id}`, done: id % 3 === 0 };
});

// Never prerender this handler at build time: every request runs it, like the Spring variants.
export const dynamic = "force-dynamic";

export function GET(): Response {
	return Response.json(todos);
}
