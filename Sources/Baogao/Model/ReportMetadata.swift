/// What a report says about itself: whose it is, when and by whom it was delivered (schema v1 `metadata`).
public struct ReportMetadata: Sendable, Equatable {
    /// The person who delivered the report.
    public struct Speaker: Sendable, Equatable {
        /// The name with inner spaces removed (`庄 红` → `庄红`).
        public var name: String
        /// The title as written (`县长`, `代市长`, `国务院总理`), if given.
        public var role: String?
        public init(name: String, role: String?) {
            self.name = name
            self.role = role
        }
    }

    /// The people's congress session (届 and 次) at which the report was delivered.
    public struct Meeting: Sendable, Equatable {
        public var term: Int
        public var session: Int
        public init(term: Int, session: Int) {
            self.term = term
            self.session = session
        }
    }

    /// The government whose report it is; nil when no place is named.
    public var region: Region?
    /// The delivery date as ISO `YYYY-MM-DD` (or `YYYY-MM`), nil when not stated.
    public var reportDate: String?
    /// The year of delivery: from the date, else from the title (`2023年政府工作报告`).
    public var reportYear: Int?
    public var speaker: Speaker?
    public var meeting: Meeting?
    /// The page's own publication date, when the page shows one (`YYYY-MM-DD`).
    public var publishedDate: String?

    /// Creates metadata.
    public init(
        region: Region? = nil, reportDate: String? = nil, reportYear: Int? = nil,
        speaker: Speaker? = nil, meeting: Meeting? = nil, publishedDate: String? = nil
    ) {
        self.region = region
        self.reportDate = reportDate
        self.reportYear = reportYear
        self.speaker = speaker
        self.meeting = meeting
        self.publishedDate = publishedDate
    }
}
