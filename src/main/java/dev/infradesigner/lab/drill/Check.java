package dev.infradesigner.lab.drill;

import java.util.List;

/**
 * One check of the running lab against the design: what was tried, whether reality matched, in a line,
 * and the particulars (each flow, port or account) for the report.
 *
 * @param name    what was checked, such as "designed flows"
 * @param passed  whether reality matched the design
 * @param summary one line for people
 * @param details one line per thing tried
 */
public record Check(String name, boolean passed, String summary, List<String> details) {

    public Check {
        details = List.copyOf(details);
    }
}
