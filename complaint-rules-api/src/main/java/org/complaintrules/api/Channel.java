package org.complaintrules.api;

/** How the complaint reached the organisation. */
public enum Channel {
    /** By telephone. */
    PHONE,
    /** By e-mail. */
    EMAIL,
    /** Through live chat. */
    CHAT,
    /** On a social network. */
    SOCIAL_MEDIA,
    /** Face to face. */
    IN_PERSON,
    /** Through a web form. */
    WEB_FORM,
    /** In answer to a satisfaction survey. */
    SURVEY,
    /** On a public review site. */
    REVIEW_SITE
}
