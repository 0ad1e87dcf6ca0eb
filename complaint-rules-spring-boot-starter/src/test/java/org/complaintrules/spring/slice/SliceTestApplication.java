package org.complaintrules.spring.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the slice tests of this package start from. */
@SpringBootApplication
public class SliceTestApplication {}
