// The module cache end to end over the v2 cache protocol (github.com: Twirp + blob upload), newest Go.
import { installedToolchains } from "../../support/toolchains.ts";
import { defineFlowTests } from "./flow-suite.ts";

defineFlowTests("v2", installedToolchains().at(-1)?.version ?? "1.26");
