package kz.etalon.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;

/**
 * The steps a set of DRL files claims, read from their metadata with the file and line of each claim:
 * {@code @aggregation("mean")} (one rule per aggregation) and {@code @method("share")} (the rules of one
 * method in one file). A standard's own folder may add steps beside {@code rules/common}, never claim
 * one that is already claimed: two claims are an error naming both places.
 */
final class StepClaims {

    private static final Pattern AGGREGATION = Pattern.compile("@aggregation\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern METHOD = Pattern.compile("@method\\(\\s*\"([^\"]*)\"\\s*\\)");

    private final Map<String, Location> aggregations;

    private StepClaims(Map<String, Location> aggregations) {
        this.aggregations = aggregations;
    }

    Set<String> aggregations() {
        return aggregations.keySet();
    }

    static StepClaims read(Map<Path, String> sources, Problems problems) {
        Map<String, Location> aggregations = new TreeMap<>();
        Map<String, Location> methods = new LinkedHashMap<>();
        sources.forEach((file, text) -> {
            for (Claim claim : claims(file, text, AGGREGATION)) {
                Location earlier = aggregations.putIfAbsent(claim.name(), claim.at());
                if (earlier != null) {
                    problems.error(claim.at(), "aggregation `" + claim.name() + "` is claimed here and at " + place(earlier)
                            + "; one rule makes each aggregation: rename one (e.g. `" + claim.name() + "_own`) and"
                            + " name it in the nodes that use it");
                }
            }
            for (Claim claim : claims(file, text, METHOD)) {
                Location earlier = methods.putIfAbsent(claim.name(), claim.at());
                if (earlier != null && !earlier.file().equals(claim.at().file())) {
                    problems.error(claim.at(), "method `" + claim.name() + "` is claimed here and at " + place(earlier)
                            + "; a method's rules are in one file: give this method another name");
                }
            }
        });
        return new StepClaims(aggregations);
    }

    private record Claim(String name, Location at) {
    }

    private static List<Claim> claims(Path file, String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        List<Claim> claims = new java.util.ArrayList<>();
        while (matcher.find()) {
            int line = 1 + (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
            claims.add(new Claim(matcher.group(1), new Location(file, line, 0)));
        }
        return claims;
    }

    private static String place(Location at) {
        return at.file() + ":" + at.line();
    }
}
