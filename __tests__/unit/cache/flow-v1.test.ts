// The module cache end to end over the v1 cache protocol (GitHub Enterprise Server), oldest Go.
import { installedToolchains } from "../../support/toolchains.ts";
import { defineFlowTests } from "./flow-suite.ts";

defineFlowTests("v1", installedToolchains()[0]?.version ?? "1.19");
