//! One file per page.

pub mod claim;
pub mod compare;
pub mod entities;
pub mod entity;
pub mod not_found;
pub mod overview;
pub mod read;
