/// The ISO currency of a money unit; the raw value is the code written to `Entity.currency`.
enum Currency: String, Sendable {
    case CNY, USD, EUR, HKD, JPY, GBP
}
