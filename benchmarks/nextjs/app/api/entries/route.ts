// How many entries the actions ever added: the harness reads it before and after one request
// to check that a variant really runs its action.
import { signed } from "../../guestbook";

export const dynamic = "force-dynamic";

export function GET(): Response {
	return new Response(String(signed()));
}
