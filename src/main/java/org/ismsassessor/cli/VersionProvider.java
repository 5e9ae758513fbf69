package org.ismsassessor.cli;

import org.ismsassessor.assessment.Assessment;
import picocli.CommandLine;

/** Prints the assessor's name and version for {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {Assessment.ASSESSOR_NAME + " " + Assessment.ASSESSOR_VERSION};
    }
}
