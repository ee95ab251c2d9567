package org.letterflow.approval.entity;

/** Where a round of approval is; HISTORICAL is a sheet another system printed, kept as read. */
public enum SheetState { IN_PROGRESS, SIGNED, REJECTED, HISTORICAL }
