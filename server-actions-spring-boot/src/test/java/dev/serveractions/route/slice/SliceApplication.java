package dev.serveractions.route.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An existing application: one controller, one route handler, one service the route needs. */
@SpringBootApplication
public class SliceApplication {

}
