package org.springframework.samples.clinic.system;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application class of a test's own, scanning only this package. */
@SpringBootApplication
class SystemOnlyApplication {

}
