package org.springframework.samples.clinic;

import java.util.List;

import dev.serveractions.revalidation.CachedResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A cached page in the application's language: the visitor picks one with {@code ?lang=de},
 * which a {@code LocaleChangeInterceptor} keeps in the session, as the best-known sample does.
 */
@Controller
class VetController {

	@GetMapping("/vets.html")
	@CachedResponse(tags = "vets")
	String showVetList(Model model) {
		model.addAttribute("vets", List.of("James Carter", "Helen Leary", "Linda Douglas"));
		return "vets/vetList";
	}

}
