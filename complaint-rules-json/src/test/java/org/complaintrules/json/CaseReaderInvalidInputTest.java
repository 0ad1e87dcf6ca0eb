package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.InputLimits;
import org.complaintrules.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** One test per kind of bad input: code INVALID_INPUT, the full JSON path, and the exact message. */
class CaseReaderInvalidInputTest {
    private static final String SIGNALS = "SHOUTING, EXCLAMATION, ABUSIVE_LANGUAGE, LEGAL_THREAT, REGULATOR_MENTION, "
            + "SAFETY_RISK, CHURN_THREAT, PUBLIC_EXPOSURE_THREAT, DEMANDS_IMMEDIACY, REPEATED_CONTACT, "
            + "RECURRING_FAULT, MILD_WORDING, VULNERABILITY_HEALTH, VULNERABILITY_LIFE_EVENT, "
            + "VULNERABILITY_RESILIENCE, VULNERABILITY_CAPABILITY";

    private final CaseReader reader = CaseReader.create();

    /** Asserts both readCase and readAll reject {@code json} the same way. */
    private void assertInvalid(String json, String caseId, String field, String message) {
        assertThatThrownBy(() -> reader.readCase(json)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.detail()).isEqualTo(message);
        });
        List<CaseInput> all = reader.readAll(json);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).complaintCase()).isNull();
        assertThat(all.get(0).caseId()).isEqualTo(caseId);
        assertThat(all.get(0).error()).isEqualTo(new CaseError(caseId, ErrorCode.INVALID_INPUT, field, message));
    }

    private void assertInvalid(TestJson json, String field, String message) {
        assertInvalid(json.json(), "C-1001", field, message);
    }

    @Test
    void unknownTopLevelField() {
        assertInvalid(TestJson.contractCase().set("colour", "\"red\""), "colour", "unknown field \"colour\"");
    }

    @Test
    void aBatchWrappedInAnObjectIsOneErrorThatSaysHowToSendABatch() {
        String wrapped = "{\"cases\": [" + TestJson.line("C-1") + ", " + TestJson.line("C-2") + "]}";
        assertInvalid(
                wrapped,
                null,
                "cases",
                "unknown field \"cases\"; send several cases as a JSON array of cases or as JSON Lines,"
                        + " one case per line");
        // only a list of objects at the top level gets the hint
        assertInvalid(TestJson.contractCase().set("tags", "[\"a\"]"), "tags", "unknown field \"tags\"");
        assertInvalid(TestJson.contractCase().set("tags", "[]"), "tags", "unknown field \"tags\"");
        assertInvalid(
                TestJson.contractCase().set("complaint.notes", "[{\"a\": 1}]"),
                "complaint.notes",
                "unknown field \"notes\"");
    }

    @Test
    void aComplaintOrCustomerWithoutItsObjectAroundItSaysWhereItsFieldsGo() {
        String bare = "{\"id\": \"C-1\", \"receivedAt\": \"2026-11-20T10:15:00Z\", \"channel\": \"EMAIL\","
                + " \"category\": \"BILLING\"}";
        assertInvalid(
                bare,
                null,
                "id",
                "unknown field \"id\"; a case is {\"complaint\": {...}, \"customer\": {...}}: the"
                        + " complaint's fields go inside \"complaint\"");
        String customer = "{\"complaint\": {\"id\": \"C-1\", \"receivedAt\": \"2026-11-20T10:15:00Z\","
                + " \"channel\": \"EMAIL\", \"category\": \"BILLING\"}, \"segment\": \"VIP\"}";
        assertInvalid(
                customer,
                "C-1",
                "segment",
                "unknown field \"segment\"; a case is {\"complaint\": {...}, \"customer\": {...}}: the"
                        + " customer's fields go inside \"customer\"");
        // a field of the complaint beside a complaint is only unknown
        assertInvalid(TestJson.contractCase().set("channel", "\"EMAIL\""), "channel", "unknown field \"channel\"");
    }

    @Test
    void unknownFieldInComplaint() {
        assertInvalid(
                TestJson.contractCase().set("complaint.colour", "\"red\""),
                "complaint.colour",
                "unknown field \"colour\"");
    }

    @Test
    void unknownFieldInCustomer() {
        assertInvalid(
                TestJson.contractCase().set("customer.loyaltyTier", "\"GOLD\""),
                "customer.loyaltyTier",
                "unknown field \"loyaltyTier\"");
    }

    @Test
    void unknownFieldInConversation() {
        assertInvalid(
                TestJson.contractCase().set("conversation.mood", "\"angry\""),
                "conversation.mood",
                "unknown field \"mood\"");
    }

    @Test
    void unknownFieldInMoney() {
        assertInvalid(
                TestJson.contractCase().set("complaint.claimedLoss.value", "\"89.99\""),
                "complaint.claimedLoss.value",
                "unknown field \"value\"");
    }

    @Test
    void numberWhereStringExpected() {
        assertInvalid(
                TestJson.contractCase().set("complaint.text", "42"), "complaint.text", "must be a string, was 42");
    }

    @Test
    void stringWhereNumberExpected() {
        assertInvalid(
                TestJson.contractCase().set("customer.complaintsLast12Months", "\"three\""),
                "customer.complaintsLast12Months",
                "must be a whole number, was \"three\"");
    }

    @Test
    void floatWhereIntegerExpected() {
        assertInvalid(
                TestJson.contractCase().set("complaint.satisfactionScore", "3.0"),
                "complaint.satisfactionScore",
                "must be a whole number written without a fraction or exponent, was 3.0");
        assertInvalid(
                TestJson.contractCase().set("complaint.satisfactionScore", "2.5"),
                "complaint.satisfactionScore",
                "must be a whole number, was 2.5");
    }

    @Test
    void aNumberIsQuotedAsWrittenNotAsTheNumberItStandsFor() {
        // regression: 2e0 was answered "must be a whole number, was 2", a message that contradicts itself
        String contract = TestJson.contractCase().json();
        for (String[] written : new String[][] {
            {"2e0", "must be a whole number written without a fraction or exponent, was 2e0"},
            {"2E+0", "must be a whole number written without a fraction or exponent, was 2E+0"},
            {"20e-1", "must be a whole number written without a fraction or exponent, was 20e-1"},
            {"2.50", "must be a whole number, was 2.50"},
            {"25e-1", "must be a whole number, was 25e-1"},
            {"-0.0", "must be a whole number written without a fraction or exponent, was -0.0"}
        }) {
            String json = contract.replace("\"satisfactionScore\":2,", "\"satisfactionScore\":" + written[0] + ",");
            assertThat(json).contains(written[0]);
            assertInvalid(json, "C-1001", "complaint.satisfactionScore", written[1]);
        }
        String contacts = contract.replace("\"contacts\":1,", "\"contacts\":1.0e0,");
        assertInvalid(
                contacts,
                "C-1001",
                "conversation.contacts",
                "must be a whole number written without a fraction or exponent, was 1.0e0");
    }

    @Test
    void booleanWhereNumberExpected() {
        assertInvalid(
                TestJson.contractCase().set("conversation.contacts", "true"),
                "conversation.contacts",
                "must be a whole number, was true");
    }

    @Test
    void stringWhereBooleanExpected() {
        assertInvalid(
                TestJson.contractCase().set("complaint.publiclyVisible", "\"yes\""),
                "complaint.publiclyVisible",
                "must be true or false, was \"yes\"");
    }

    @Test
    void stringWhereObjectExpected() {
        assertInvalid(
                TestJson.contractCase().set("customer", "\"K-77\"").json(),
                "C-1001",
                "customer",
                "must be an object, was \"K-77\"");
    }

    @Test
    void stringWhereSignalArrayExpected() {
        assertInvalid(
                TestJson.contractCase().set("complaint.signals", "\"LEGAL_THREAT\""),
                "complaint.signals",
                "must be an array of signal codes, was \"LEGAL_THREAT\"");
    }

    @Test
    void topLevelNotAnObject() {
        assertInvalid("42", null, null, "must be a JSON object, was 42");
    }

    @Test
    void badChannel() {
        assertInvalid(
                TestJson.contractCase().set("complaint.channel", "\"FAX\""),
                "complaint.channel",
                "must be one of PHONE, EMAIL, CHAT, SOCIAL_MEDIA, IN_PERSON, WEB_FORM, SURVEY, REVIEW_SITE, was \"FAX\"");
    }

    @Test
    void enumNamesAreExactUpperCase() {
        assertInvalid(
                TestJson.contractCase().set("customer.segment", "\"vip\""),
                "customer.segment",
                "must be one of STANDARD, PREMIUM, VIP, was \"vip\"");
    }

    @Test
    void badCategoryNumber() {
        assertInvalid(
                TestJson.contractCase().set("complaint.category", "3"),
                "complaint.category",
                "must be one of PRODUCT_QUALITY, SERVICE_QUALITY, BILLING, DELIVERY, STAFF_CONDUCT, WAIT_TIME, "
                        + "PRIVACY, SAFETY, OTHER, was 3");
    }

    @Test
    void badInstant() {
        assertInvalid(
                TestJson.contractCase().set("complaint.receivedAt", "\"yesterday\""),
                "complaint.receivedAt",
                "must be an ISO-8601 instant such as \"2026-11-20T10:15:00Z\", was \"yesterday\"");
    }

    @Test
    void localDateTimeWithoutOffsetIsRejected() {
        assertInvalid(
                TestJson.contractCase().set("complaint.receivedAt", "\"2026-11-20T10:15:00\""),
                "complaint.receivedAt",
                "must be an ISO-8601 instant with an offset such as \"2026-11-20T10:15:00Z\""
                        + " or \"2026-11-20T12:15:00+02:00\", was \"2026-11-20T10:15:00\"");
    }

    @Test
    void instantAsNumber() {
        assertInvalid(
                TestJson.contractCase().set("complaint.receivedAt", "1795256100"),
                "complaint.receivedAt",
                "must be an ISO-8601 instant such as \"2026-11-20T10:15:00Z\", was 1795256100");
    }

    @Test
    void badDate() {
        assertInvalid(
                TestJson.contractCase().set("customer.customerSince", "\"01/03/2019\""),
                "customer.customerSince",
                "must be an ISO-8601 date such as \"2019-03-01\", was \"01/03/2019\"");
    }

    @Test
    void impossibleDate() {
        assertInvalid(
                TestJson.contractCase().set("customer.customerSince", "\"2019-02-30\""),
                "customer.customerSince",
                "must be an ISO-8601 date such as \"2019-03-01\", was \"2019-02-30\"");
    }

    @Test
    void negativeMoney() {
        assertInvalid(
                TestJson.contractCase().set("complaint.claimedLoss.amount", "\"-5\""),
                "complaint.claimedLoss.amount",
                "must be >= 0, was -5");
    }

    @Test
    void moneyAsJsonNumber() {
        assertInvalid(
                TestJson.contractCase().set("complaint.requestedCompensation.amount", "89.99"),
                "complaint.requestedCompensation.amount",
                "must be a decimal in a JSON string such as \"89.99\""
                        + " (quote it: JSON numbers are not accepted for money), was 89.99");
    }

    @Test
    void moneyNotADecimal() {
        assertInvalid(
                TestJson.contractCase().set("customer.lifetimeValue.amount", "\"1.250,00\""),
                "customer.lifetimeValue.amount",
                "must be a decimal string such as \"12.50\", was \"1.250,00\"");
    }

    @Test
    void aLongAmountIsRefusedForWhatIsWrongWithItNotAsNoDecimal() {
        // regression: "1" and 40 zeros was "must be a decimal string such as \"12.50\"", though it is one
        assertInvalid(
                TestJson.contractCase().setString("complaint.claimedLoss.amount", "1" + "0".repeat(40)),
                "complaint.claimedLoss.amount",
                "must be <= 1000000000000, was \"1" + "0".repeat(39) + "...\" (41 digits before the decimal point)");
        assertInvalid(
                TestJson.contractCase().setString("customer.lifetimeValue.amount", "0".repeat(40) + "1.5"),
                "customer.lifetimeValue.amount",
                "must be at most 40 characters, was 43 characters: \"" + "0".repeat(40) + "...\"");
        // 35 characters: parsed, as before
        assertInvalid(
                TestJson.contractCase().setString("complaint.claimedLoss.amount", "1" + "0".repeat(34)),
                "complaint.claimedLoss.amount",
                "must be <= 1000000000000, was 1" + "0".repeat(34));
    }

    @Test
    void moneyWithTooManyDecimals() {
        assertInvalid(
                TestJson.contractCase().set("conversation.lastOffer.amount", "\"20.00001\""),
                "conversation.lastOffer.amount",
                "must have at most 4 decimals, was 20.00001");
    }

    @Test
    void moneyWithoutCurrency() {
        assertInvalid(
                TestJson.contractCase().remove("customer.compensationLast12Months.currency"),
                "customer.compensationLast12Months.currency",
                "is required");
    }

    @Test
    void badCurrencyCode() {
        assertInvalid(
                TestJson.contractCase().set("complaint.claimedLoss.currency", "\"EURO\""),
                "complaint.claimedLoss.currency",
                "must be an ISO-4217 code such as \"EUR\", was \"EURO\"");
    }

    @Test
    void unknownCurrency() {
        assertInvalid(
                TestJson.contractCase().set("complaint.claimedLoss.currency", "\"ABC\""),
                "complaint.claimedLoss.currency",
                "is not an ISO-4217 currency, was \"ABC\"");
    }

    @Test
    void satisfactionScoreZero() {
        assertInvalid(
                TestJson.contractCase().set("complaint.satisfactionScore", "0"),
                "complaint.satisfactionScore",
                "must be 1..5, was 0");
    }

    @Test
    void satisfactionScoreSix() {
        assertInvalid(
                TestJson.contractCase().set("complaint.satisfactionScore", "6"),
                "complaint.satisfactionScore",
                "must be 1..5, was 6");
    }

    @Test
    void zeroContacts() {
        assertInvalid(
                TestJson.contractCase().set("conversation.contacts", "0"),
                "conversation.contacts",
                "must be 1..100000, was 0");
    }

    @Test
    void negativeOffersRejected() {
        assertInvalid(
                TestJson.contractCase().set("conversation.offersRejected", "-1"),
                "conversation.offersRejected",
                "must be 0..100000, was -1");
    }

    @Test
    void countTooBigForAnInt() {
        assertInvalid(
                TestJson.contractCase().set("customer.complaintsLast12Months", "99999999999"),
                "customer.complaintsLast12Months",
                "must be 0..100000, was 99999999999");
    }

    @Test
    void moreUpheldThanComplaints() {
        assertInvalid(
                TestJson.contractCase()
                        .set("customer.complaintsLast12Months", "2")
                        .set("customer.upheldComplaintsLast12Months", "3"),
                "customer.upheldComplaintsLast12Months",
                "must be <= complaintsLast12Months (2), was 3");
    }

    @Test
    void missingComplaintId() {
        assertInvalid(TestJson.contractCase().remove("complaint.id").json(), null, "complaint.id", "is required");
    }

    @Test
    void nullRequiredFieldIsMissing() {
        assertInvalid(TestJson.contractCase().set("complaint.id", "null").json(), null, "complaint.id", "is required");
    }

    @Test
    void missingReceivedAt() {
        assertInvalid(TestJson.contractCase().remove("complaint.receivedAt"), "complaint.receivedAt", "is required");
    }

    @Test
    void missingChannel() {
        assertInvalid(TestJson.contractCase().remove("complaint.channel"), "complaint.channel", "is required");
    }

    @Test
    void missingCategory() {
        assertInvalid(TestJson.contractCase().remove("complaint.category"), "complaint.category", "is required");
    }

    @Test
    void missingComplaint() {
        assertInvalid(TestJson.contractCase().remove("complaint").json(), null, "complaint", "is required");
    }

    @Test
    void missingCustomer() {
        assertInvalid(TestJson.contractCase().remove("customer"), "customer", "is required");
    }

    @Test
    void missingCustomerId() {
        assertInvalid(TestJson.contractCase().remove("customer.id"), "customer.id", "is required");
    }

    @Test
    void complaintIdTooLong() {
        String id = "C-" + "9".repeat(InputLimits.MAX_ID_LENGTH - 1);
        // the id was read, so the error carries it as written (contract 3: null only when unreadable)
        assertInvalid(
                TestJson.contractCase().setString("complaint.id", id).json(),
                id,
                "complaint.id",
                "must be 1..128 characters, was 129 characters");
    }

    @Test
    void complaintIdLengthCountsCharactersNotUtf16Units() {
        String smiles = "\uD83D\uDE00".repeat(InputLimits.MAX_ID_LENGTH); // 128 characters, 256 UTF-16 units
        assertThat(reader.readCase(TestJson.contractCase()
                                .setString("complaint.id", smiles)
                                .json())
                        .id())
                .isEqualTo(smiles);
        assertInvalid(
                TestJson.contractCase()
                        .setString("complaint.id", smiles + "\u00E9")
                        .json(),
                smiles + "\u00E9",
                "complaint.id",
                "must be 1..128 characters, was 129 characters");
        assertInvalid(
                TestJson.contractCase().setString("customer.id", smiles + "x"),
                "customer.id",
                "must be 1..128 characters, was 129 characters");
    }

    @Test
    void emptyCustomerId() {
        assertInvalid(
                TestJson.contractCase().setString("customer.id", ""),
                "customer.id",
                "must be 1..128 characters, was 0 characters");
    }

    @Test
    void blankComplaintId() {
        assertInvalid(
                TestJson.contractCase().setString("complaint.id", "   ").json(),
                "   ",
                "complaint.id",
                "must not be blank, was \"   \"");
    }

    @Test
    void badLanguageTag() {
        assertInvalid(
                TestJson.contractCase().setString("complaint.language", "English!"),
                "complaint.language",
                "must be a BCP-47 tag such as \"en\" or \"zh-Hans\", was \"English!\"");
    }

    // ---------------------------------------------------------------- half a character: an unpaired surrogate

    /** Every string field of a case, with a valid value. */
    private static final List<String[]> STRING_FIELDS = List.of(
            new String[] {"complaint.id", "C-1001"},
            new String[] {"complaint.receivedAt", "2026-11-20T10:15:00Z"},
            new String[] {"complaint.channel", "EMAIL"},
            new String[] {"complaint.category", "PRODUCT_QUALITY"},
            new String[] {"complaint.language", "en"},
            new String[] {"complaint.claimedLoss.amount", "89.99"},
            new String[] {"complaint.claimedLoss.currency", "EUR"},
            new String[] {"complaint.requestedCompensation.amount", "89.99"},
            new String[] {"complaint.requestedCompensation.currency", "EUR"},
            new String[] {"complaint.jurisdiction", "GB"},
            new String[] {"complaint.timeZone", "Europe/London"},
            new String[] {"complaint.service", "PAYMENT_SERVICE"},
            new String[] {"complaint.incidentDate", "2026-11-01"},
            new String[] {"complaint.replyDraft", "RESPONSE"},
            new String[] {"customer.id", "K-77"},
            new String[] {"customer.segment", "STANDARD"},
            new String[] {"customer.lifetimeValue.amount", "1250.00"},
            new String[] {"customer.lifetimeValue.currency", "EUR"},
            new String[] {"customer.customerSince", "2019-03-01"},
            new String[] {"customer.compensationLast12Months.amount", "0.00"},
            new String[] {"customer.compensationLast12Months.currency", "EUR"},
            new String[] {"conversation.lastOffer.amount", "20.00"},
            new String[] {"conversation.lastOffer.currency", "EUR"});

    /**
     * @return the contract case as JSON with {@code value} at {@code path}, each backslash-u in it
     *     written as the JSON escape it spells (a backslash-u and four hex digits of a surrogate stand for half a character)
     */
    private static String withEscape(String path, String value) {
        return escapes(TestJson.contractCase().setString(path, value));
    }

    /** @return the case as JSON, each backslash-u in its strings written as the JSON escape it spells */
    private static String escapes(TestJson json) {
        return json.json().replace("\\\\u", "\\u");
    }

    @Test
    void anUnpairedSurrogateInAnyStringIsAnErrorNamingTheFieldNeverAReplacedCharacter() {
        // regression: an id of a lone high-surrogate escape and "C-1" was read, and written back as "?C-1"
        for (String[] field : STRING_FIELDS) {
            for (String escape : List.of("\\ud800", "\\uDBFF", "\\udc00")) {
                String shown = escape.toLowerCase(java.util.Locale.ROOT);
                String json = withEscape(field[0], escape + field[1]);
                String caseId = field[0].equals("complaint.id") ? null : "C-1001";
                assertInvalid(
                        json,
                        caseId,
                        field[0],
                        "holds an unpaired UTF-16 surrogate (" + shown + " at character 1), which is not a"
                                + " character; was \"" + shown + field[1] + "\"");
            }
        }
        // a high surrogate last, a low one first, a pair the wrong way round: each is half a character
        assertInvalid(
                withEscape("complaint.id", "C-1\\uD83D"),
                null,
                "complaint.id",
                "holds an unpaired UTF-16 surrogate (\\ud83d at character 4), which is not a character; was"
                        + " \"C-1\\ud83d\"");
        assertInvalid(
                withEscape("customer.id", "\\ude00\\ud83dK"),
                "C-1001",
                "customer.id",
                "holds an unpaired UTF-16 surrogate (\\ude00 at character 1), which is not a character; was"
                        + " \"\\ude00\\ud83dK\"");
        // in a list, and in a field's name
        assertInvalid(
                escapes(TestJson.contractCase().set("complaint.signals", "[\"LEGAL_THREAT\", \"\\\\ud800SHOUTING\"]")),
                "C-1001",
                "complaint.signals[1]",
                "holds an unpaired UTF-16 surrogate (\\ud800 at character 1), which is not a character; was"
                        + " \"\\ud800SHOUTING\"");
        assertInvalid(
                escapes(TestJson.contractCase().set("complaint.\\ud800x", "1")),
                "C-1001",
                "complaint.\\ud800x",
                "its name holds an unpaired UTF-16 surrogate (\\ud800 at character 1), which is not a character");
    }

    @Test
    void anUnpairedSurrogateInTheTextIsAnErrorThatDoesNotQuoteTheText() {
        String json = withEscape("complaint.text", "My order \\ud83d\\ude00 came \\udfff broken.");
        assertInvalid(
                json,
                "C-1001",
                "complaint.text",
                "holds an unpaired UTF-16 surrogate (\\udfff at character 17), which is not a character");
        // a pair is one character, and the case is valid
        String pair = withEscape("complaint.text", "My order \\ud83d\\ude00 came broken.");
        assertThat(reader.readCase(pair).complaint().text()).isEqualTo("My order \ud83d\ude00 came broken.");
        // a surrogate given as it is, not as an escape, through a Reader: the same error
        String raw = TestJson.contractCase()
                .setString("complaint.text", "broken \ud800 blender")
                .json();
        assertThat(reader.readAll(raw).get(0).error())
                .isEqualTo(new CaseError(
                        "C-1001",
                        ErrorCode.INVALID_INPUT,
                        "complaint.text",
                        "holds an unpaired UTF-16 surrogate (\\ud800 at character 8), which is not a character"));
    }

    @Test
    void duplicateKey() {
        String json = "{\"complaint\":{\"id\":\"C-1\",\"id\":\"C-2\",\"receivedAt\":\"2026-11-20T10:15:00Z\","
                + "\"channel\":\"EMAIL\",\"category\":\"BILLING\"},\"customer\":{\"id\":\"K-1\"}}";
        assertInvalid(json, null, "complaint.id", "duplicate field \"id\" at line 1 column 30");
    }

    @Test
    void duplicateIdWithTheSameValueTwiceStillNamesTheCase() {
        // regression: the same id given twice was answered with caseId null, though it is readable
        String json = "{\"complaint\":{\"id\":\"C-1\",\"id\":\"C-1\",\"receivedAt\":\"2026-11-20T10:15:00Z\","
                + "\"channel\":\"EMAIL\",\"category\":\"BILLING\"},\"customer\":{\"id\":\"K-1\"}}";
        assertInvalid(json, "C-1", "complaint.id", "duplicate field \"id\" at line 1 column 30");
        assertThat(reader.readAll("[" + json + ",\n" + json + "]"))
                .extracting(CaseInput::caseId)
                .containsExactly("C-1", "C-1");
        // a third one that differs leaves it unread, as do two that differ (duplicateKey)
        String third = json.replace("\"channel\"", "\"id\":\"C-2\",\"channel\"");
        assertThat(reader.readAll(third).get(0).caseId()).isNull();
        String notAString = json.replace("\"id\":\"C-1\",\"id\":\"C-1\"", "\"id\":\"C-1\",\"id\":null");
        assertThat(reader.readAll(notAString).get(0).caseId()).isNull();
    }

    @Test
    void duplicateKeyInsideSignals() {
        String json = "{\"complaint\":{\"id\":\"C-1\",\"receivedAt\":\"2026-11-20T10:15:00Z\",\"channel\":\"EMAIL\","
                + "\"category\":\"BILLING\",\"signals\":[{\"a\":1,\"a\":2}]},\"customer\":{\"id\":\"K-1\"}}";
        assertInvalid(json, "C-1", "complaint.signals[0].a", "duplicate field \"a\" at line 1 column 122");
    }

    @Test
    void nestingTooDeep() {
        // regression: no field, and the parser's own words ("Document nesting depth (33) exceeds ...")
        String deep = "[".repeat(40) + "]".repeat(40);
        String json = TestJson.contractCase().set("complaint.text", deep).json();
        int column = json.indexOf('[') + 32; // just after the 31st '[', the 33rd level
        assertInvalid(
                json,
                "C-1001",
                "complaint.text",
                "exceeds an input limit at line 1 column " + column
                        + ": objects and arrays are nested more than 32 levels deep");
    }

    @Test
    void nestingTooDeepNamesTheFieldWhereItStarts() {
        String arrays = "[".repeat(40) + "]".repeat(40);
        String objects = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        for (String[] at : new String[][] {
            {"complaint.satisfactionScore", arrays},
            {"complaint.signals", arrays},
            {"complaint.claimedLoss.amount", objects},
            {"customer.lifetimeValue.currency", arrays},
            {"conversation.contacts", objects},
            {"complaint.notes", objects}
        }) {
            String json = TestJson.contractCase().set(at[0], at[1]).json();
            assertThatThrownBy(() -> reader.readCase(json)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).as(at[0]).isEqualTo(at[0]);
                assertThat(e.detail()).endsWith(": objects and arrays are nested more than 32 levels deep");
            });
        }
        // a case nested in arrays from its first character: no field holds it
        assertThat(reader.readAll(arrays)).singleElement().satisfies(c -> {
            assertThat(c.error().field()).isNull();
            assertThat(c.error().message()).endsWith(": objects and arrays are nested more than 32 levels deep");
        });
    }

    @Test
    void numberTooLong() {
        String json = TestJson.contractCase()
                .set("customer.complaintsLast12Months", "1" + "0".repeat(40))
                .json();
        assertThatThrownBy(() -> reader.readCase(json)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("customer.complaintsLast12Months");
            assertThat(e.detail())
                    .startsWith("exceeds an input limit at line 1 column ")
                    .endsWith(": Number value length (41) exceeds the maximum allowed (32)");
        });
    }

    @Test
    void unknownSignalCode() {
        assertInvalid(
                TestJson.contractCase().set("complaint.signals", "[\"LEGAL_THREAT\", \"SHOUTING\", \"TELEPATHY\"]"),
                "complaint.signals[2]",
                "must be one of " + SIGNALS + ", was \"TELEPATHY\"");
    }

    @Test
    void nullSignalCode() {
        assertInvalid(
                TestJson.contractCase().set("complaint.signals", "[null]"),
                "complaint.signals[0]",
                "must be one of " + SIGNALS + ", was null");
    }

    @Test
    void tooManySignals() {
        String many = "[" + String.join(",", java.util.Collections.nCopies(65, "\"SHOUTING\"")) + "]";
        assertInvalid(
                TestJson.contractCase().set("complaint.signals", many),
                "complaint.signals",
                "must hold at most 64 codes, was 65");
    }

    /** The limit counts characters as the published schema's maxLength does: an emoji is one, not two. */
    @Test
    void textLengthCountsCodePoints() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        String atLimit = emoji.repeat(InputLimits.MAX_TEXT_LENGTH);
        assertThat(reader.readCase(TestJson.contractCase()
                                .setString("complaint.text", atLimit)
                                .json())
                        .complaint()
                        .text())
                .isEqualTo(atLimit);
        assertInvalid(
                TestJson.contractCase().setString("complaint.text", atLimit + emoji),
                "complaint.text",
                "must be at most 100000 characters, was 100001 characters");
    }

    @Test
    void textOverTheLimit() {
        assertInvalid(
                TestJson.contractCase().setString("complaint.text", "a".repeat(InputLimits.MAX_TEXT_LENGTH + 1)),
                "complaint.text",
                "must be at most 100000 characters, was 100001 characters");
    }

    @Test
    void documentOverTheLimit() {
        // the field that makes it too long, when it has a limit of its own, is answered as in a shorter case
        String json = TestJson.contractCase()
                .setString("complaint.language", "x".repeat(InputLimits.MAX_DOCUMENT_LENGTH))
                .json();
        assertInvalid(
                json,
                "C-1001",
                "complaint.language",
                "must be a BCP-47 tag such as \"en\" or \"zh-Hans\", was \"" + "x".repeat(40) + "...\"");
        // with none, the document's limit, naming it
        String notes = TestJson.contractCase()
                .setString("customer.notes", "x".repeat(InputLimits.MAX_DOCUMENT_LENGTH))
                .json();
        assertThatThrownBy(() -> reader.readCase(notes)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("customer.notes");
            assertThat(e.detail())
                    .isEqualTo("document must be at most 400000 characters, was " + notes.length()
                            + " characters; this field's value alone is 400000 characters as written");
        });
        assertThat(reader.readAll(notes))
                .containsExactly(CaseInput.failed(
                        0,
                        new CaseError(
                                "C-1001",
                                ErrorCode.INVALID_INPUT,
                                "customer.notes",
                                "line 1 must be at most 400000 characters, was " + notes.length()
                                        + " characters; this field's value alone is 400000 characters as written")));
    }

    @Test
    void malformedJson() {
        assertInvalid(
                "{\"complaint\": {\"id\": \"C-1\",}}",
                "C-1",
                null,
                "not valid JSON at line 1 column 28: Unexpected character ('}' (code 125)): "
                        + "was expecting double-quote to start field name");
    }

    @Test
    void trailingContentAfterTheObject() {
        assertThatThrownBy(() -> reader.readCase(TestJson.MINIMAL_CASE + " {}"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.detail())
                                .isEqualTo("not valid JSON at line 1 column " + (TestJson.MINIMAL_CASE.length() + 2)
                                        + ": unexpected content after the end of the JSON value"));
    }

    @Test
    void emptyDocument() {
        assertThatThrownBy(() -> reader.readCase("  \n")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isNull();
            assertThat(e.detail()).isEqualTo("is empty, expected a JSON object");
        });
    }

    @Test
    void caseIdIsReportedWhenReadableEvenIfTheCaseIsInvalid() {
        List<CaseInput> all = reader.readAll(
                TestJson.contractCase().set("complaint.satisfactionScore", "9").json());
        assertThat(all.get(0).caseId()).isEqualTo("C-1001");
        assertThat(all.get(0).error().caseId()).isEqualTo("C-1001");
    }

    @Test
    void longValuesAreCutInMessages() {
        String id = "C-" + "x".repeat(200);
        assertInvalid(
                TestJson.contractCase().setString("customer.segment", id),
                "customer.segment",
                "must be one of STANDARD, PREMIUM, VIP, was \"C-" + "x".repeat(38) + "...\"");
    }
}
