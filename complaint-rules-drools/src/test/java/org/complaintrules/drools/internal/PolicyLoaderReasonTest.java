package org.complaintrules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** Why a rules folder could not be read, in words: the file system's exceptions often carry only the path. */
class PolicyLoaderReasonTest {
    @Test
    void eachFileSystemFailureIsNamedWithItsPath() {
        assertThat(PolicyLoader.reason(new AccessDeniedException("/policy/rules.drl")))
                .isEqualTo("permission denied (/policy/rules.drl)");
        assertThat(PolicyLoader.reason(new NoSuchFileException("/policy")))
                .isEqualTo("no such file or directory (/policy)");
        assertThat(PolicyLoader.reason(new NotDirectoryException("/policy"))).isEqualTo("not a directory (/policy)");
        assertThat(PolicyLoader.reason(new FileSystemException("/policy/a.drl", null, "Input/output error")))
                .isEqualTo("Input/output error (/policy/a.drl)");
        assertThat(PolicyLoader.reason(new IOException("stream closed"))).isEqualTo("stream closed");
    }
}
