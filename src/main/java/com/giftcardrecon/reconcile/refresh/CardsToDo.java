package com.giftcardrecon.reconcile.refresh;

/**
 * How the card steps tell the rest of the application how many cards they have to do: a long
 * in the step's execution context under the reader's name plus {@link #KEY_SUFFIX}, saved
 * before the first chunk. The run's progress reads it.
 */
public final class CardsToDo {

    public static final String KEY_SUFFIX = ".cardsToDo";

    private CardsToDo() {
    }
}
