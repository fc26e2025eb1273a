package kz.etalon.standard;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.problem.Location;
import java.util.Optional;
import java.util.stream.Stream;

/** A version of the reference standard, as read from its YAML file. */
public record Standard(
        Path file,
        String id,
        int year,
        LocalizedText title,
        LocalizedText source,
        List<RuleFolder> rules,
        Scoring scoring,
        List<String> tieBreak,
        List<Group> groups,
        List<Area> areas,
        Map<String, Location> lines,
        Status status,
        Optional<String> basedOn,
        Method method) {

    /** A published standard based on no other (as every file was before drafts). */
    public Standard(Path file, String id, int year, LocalizedText title, LocalizedText source, List<RuleFolder> rules,
                    Scoring scoring, List<String> tieBreak, List<Group> groups, List<Area> areas,
                    Map<String, Location> lines) {
        this(file, id, year, title, source, rules, scoring, tieBreak, groups, areas, lines, Status.PUBLISHED,
                Optional.empty());
    }

    /** A standard of schema {@code etalon/v1}: its method is the one classification of areas and groups. */
    public Standard(Path file, String id, int year, LocalizedText title, LocalizedText source, List<RuleFolder> rules,
                    Scoring scoring, List<String> tieBreak, List<Group> groups, List<Area> areas,
                    Map<String, Location> lines, Status status, Optional<String> basedOn) {
        this(file, id, year, title, source, rules, scoring, tieBreak, groups, areas, lines, status, basedOn,
                V1Method.of(scoring, groups, areas, lines, file));
    }

    public Standard {
        status = status == null ? Status.PUBLISHED : status;
        basedOn = basedOn == null ? Optional.empty() : basedOn;
        rules = List.copyOf(rules);
        tieBreak = List.copyOf(tieBreak);
        groups = List.copyOf(groups);
        areas = List.copyOf(areas);
        lines = Map.copyOf(lines);
    }

    /**
     * Where a key of the file is, by its path ({@code scoring.rounding}, {@code ranking.tie_break});
     * the file itself when the key is absent.
     */
    public Location lineOf(String keyPath) {
        return lines.getOrDefault(keyPath, Location.of(file));
    }

    /** The standard with the maximum score its rules derived, kept where the file states none. */
    public Standard withMaxScore(java.math.BigDecimal maxScore) {
        if (scoring.maxScore() != null) {
            return this;
        }
        return new Standard(file, id, year, title, source, rules, new Scoring(scoring.scale(), scoring.rounding(),
                scoring.missing(), scoring.bands(), scoring.factors(), maxScore, scoring.maxScoreAt(), scoring.factorsAt()),
                tieBreak, groups, areas, lines, status, basedOn, method);
    }

    public Stream<Indicator> indicators() {
        return method.indicators().stream();
    }

    /** Whether the standard has the shape of v1: groups of areas, a total out of a maximum, a ranking. */
    public boolean groupsAndAreas() {
        return !groups.isEmpty() && method.total().isPresent() && method.ranked();
    }

    public Optional<Indicator> indicator(String indicatorId) {
        return indicators().filter(indicator -> indicator.id().equals(indicatorId)).findFirst();
    }

    public Optional<Area> area(String areaId) {
        return areas.stream().filter(area -> area.id().equals(areaId)).findFirst();
    }

    public Optional<Group> group(String groupId) {
        return groups.stream().filter(group -> group.id().equals(groupId)).findFirst();
    }

    public Optional<Group> groupOf(String areaId) {
        return groups.stream().filter(group -> group.areaIds().contains(areaId)).findFirst();
    }
}
