package io.pmotoolkit.interview;

/** Why a question is in a pack. */
public enum Reason {
    /** It probes a competency whose essential terms the CV does not show. */
    GAP,
    /** It puts one of the job advert's responsibilities to the candidate. */
    JOB_AD,
    /** It quotes one of the candidate's own CV lines. */
    CV_EVIDENCE,
    /** A core question for the role, chosen by competency weight. */
    CORE
}
