"use client";

// Calls the action from script, which is what the benchmark's `Next-Action` request imitates.
import { signFromScript } from "./actions";

export function SignButton() {
	return (
		<button type="button" onClick={() => signFromScript("Signed from script")}>
			Sign from script
		</button>
	);
}
