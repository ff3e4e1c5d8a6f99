package com.wqs.adapter.web.api.dto;

import java.util.List;

/** The customer's choice on a sent quote: the revision it was made on and the lines taken. */
public record ChoiceRequest(@Description(REVISION) Integer revision, @Description(LINES) List<Integer> chosenLines) {
    public static final String REVISION = "Required: the sent revision the customer chose on (the quote's current"
            + " revision); another one is 409 quote.revision_changed.";
    public static final String LINES = "Required: the indexes (from 0, as in lines[i]) of the optional lines taken and"
            + " of the chosen line of each alternative group; every other optional line is left out.";
}
