//! Monitoring forms (Chapter B): the XLSX workbook each implementing institution fills in for a
//! reporting period (`napwiz monitor collect`), and reading the returned workbooks back
//! (`napwiz monitor import`).

mod collect;
pub mod layout;
mod read;

pub use collect::{Form, file_name, forms_for, write_form};
pub use read::{FORM_SIZE_LIMIT, FormProblem, ReturnedForm, read_form};
