package org.complaintrules.spring.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A new application with the starter and no code of its own: everything comes from properties. */
@SpringBootApplication
public class ServerTestApplication {}
