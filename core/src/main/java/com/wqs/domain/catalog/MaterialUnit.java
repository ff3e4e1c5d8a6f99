package com.wqs.domain.catalog;

/** How a material is measured and priced. */
public enum MaterialUnit {
    /** linear metre */
    M,
    /** square metre */
    M2,
    PIECE,
    KG,
    /** litre */
    L,
    CARTRIDGE
}
