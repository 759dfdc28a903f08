package org.paperbake.importer;

/** What a top-level part of a white paper is; the order here is not the navigation order. */
enum SectionKind {
    PREFACE("Preface"),
    FOREWORD("Foreword"),
    INTRODUCTION("Introduction"),
    NUMBERED(null),
    CONCLUSION("Conclusion");

    private final String heading;

    SectionKind(String heading) {
        this.heading = heading;
    }

    /** The heading line that introduces this kind of part, or null for roman-numbered sections. */
    public String heading() {
        return heading;
    }
}
