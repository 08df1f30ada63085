"use server";

// The two server actions of the benchmark, each doing the Spring action's work.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { sign } from "../guestbook";

// The form's action. Posted without JavaScript (multipart, `$ACTION_ID_<id>` field), it
// redirects back to the page: 303, as the Spring action's `void` does.
export async function signFromForm(formData: FormData): Promise<void> {
	sign(String(formData.get("text") ?? ""));
	redirect("/actions");
}

// Called from the client (`Next-Action` header, body `["text"]`). revalidatePath makes the
// answer carry the page rendered again, as the Spring runtime's answer does.
export async function signFromScript(text: string): Promise<void> {
	sign(text);
	revalidatePath("/actions");
}
