// The guestbook page of the Spring benchmark app (/actions/page): a form posting to a server
// action and the latest entries.
import { entries } from "../guestbook";
import { signFromForm } from "./actions";
import { SignButton } from "./sign-button";

// Rendered on every request, as the Spring page is.
export const dynamic = "force-dynamic";

export default function GuestbookPage() {
	return (
		<>
			<h1>Guestbook</h1>
			<form action={signFromForm}>
				<input name="text" required maxLength={80} />
				<button>Sign</button>
			</form>
			<SignButton />
			<ol>
				{entries().map((entry, index) => (
					<li key={index}>{entry}</li>
				))}
			</ol>
		</>
	);
}
